// Driving VS Code's workbench (code-server in Chromium) the way a user does: keyboard first,
// DOM selectors of VS Code 1.100 for what is on screen. Each helper waits for what it caused.

export const UI_TIMEOUT_MS = 30_000;

export async function waitForWorkbench(page) {
    await page.waitForSelector('.monaco-workbench', { timeout: 120_000 });
    // The explorer shows the folder once the workbench has restored.
    await page.waitForSelector('.explorer-folders-view, .monaco-workbench .part.sidebar', { timeout: 120_000 });
}

/** Opens a file of the workspace by clicking it in the Explorer; waits for its tab to be active. */
export async function openFile(page, name) {
    await page.keyboard.press('Escape');
    const item = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: name }).first();
    await item.waitFor({ timeout: UI_TIMEOUT_MS });
    await item.click();
    await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.locator('.editor-group-container.active .monaco-editor').first().waitFor({ timeout: UI_TIMEOUT_MS });
}

/** F1, the command's title, Enter. */
export async function runCommand(page, title) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

/** Ctrl+G `line:column` (both 1-based), in the active editor. */
export async function goTo(page, line, column) {
    await focusEditor(page);
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    // The input opens with the “:” of “go to line”; fill() replaces it, so it is typed again.
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
}

export async function focusEditor(page) {
    const editor = page.locator('.editor-group-container.active .monaco-editor textarea.inputarea, .editor-group-container.active .monaco-editor .native-edit-context').first();
    await editor.focus();
}

/** The text of one line of the active editor, as rendered (line must be on screen). */
export async function lineText(page, line) {
    return page.evaluate(lineNumber => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor');
        if (!editor) return undefined;
        const numbers = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')];
        const lines = [...editor.querySelectorAll('.view-lines .view-line')];
        const numberElement = numbers.find(element => element.textContent.trim() === String(lineNumber));
        if (!numberElement) return undefined;
        const top = numberElement.parentElement.style.top;
        const match = lines.find(element => element.style.top === top);
        return match ? match.textContent.replace(/\u00a0/g, ' ') : undefined;
    }, line);
}

export async function squiggleCount(page, kind) {
    return page.locator(`.editor-group-container.active .monaco-editor .squiggly-${kind}`).count();
}

/** The text of the status item the extension shows (its accessible label). */
export async function jixiaoStatus(page) {
    const item = page.locator('.statusbar-item[id$="jixiao.status"], .statusbar-item:has(.codicon-law)').first();
    if (await item.count() === 0) return undefined;
    return (await item.getAttribute('aria-label')) ?? (await item.textContent());
}

/** The webview frame whose document has `selector`, or undefined. */
export async function webviewFrameWith(page, selector) {
    for (const frame of page.frames()) {
        try {
            if (await frame.locator(selector).count() > 0) {
                return frame;
            }
        } catch {
            // frame detached while looking
        }
    }
    return undefined;
}

export async function poll(description, probe, { timeoutMs = UI_TIMEOUT_MS, intervalMs = 100 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
        last = await probe();
        if (last) {
            return last;
        }
        await new Promise(resolve => setTimeout(resolve, intervalMs));
    }
    throw new Error(`${description}：等待 ${timeoutMs / 1000} 秒仍未出现`);
}

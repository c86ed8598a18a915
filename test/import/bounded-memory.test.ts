/**
 * The worst inputs of the issue through the built command line in a child process whose V8 heap
 * is capped at 1 GB (an unbounded path would abort there, loudly), asserting the outcome: exit 1,
 * the Chinese message, no file written, and a peak resident set under 1 GB as the process itself
 * measured it. The hostile files are made in a temporary folder, never stored. The CLI is built
 * first (tsc -b packages/cli); if the build leaves no out/main.js, the suite is skipped and says why.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formToXlsxBuffer } from 'jixiao-form';
import { formOf, seedFormText, seedText } from './import-test-utils.js';
import { zipBomb } from './hostile-workbooks.js';
import { useTempFolder } from '../cli/cli-test-utils.js';

const MAIN = 'packages/cli/out/main.js';
spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'packages/cli'], { stdio: 'ignore' });
const built = existsSync(MAIN);
if (!built) {
    console.warn(`bounded-memory: ${MAIN} is missing after \`tsc -b packages/cli\`; the specs are skipped`);
}

const ONE_GB_IN_KB = 1024 * 1024;
const temp = useTempFolder('bounded');

function importInChild(input: string): { code: number | null; stderr: string; peakKb: number } {
    const child = spawnSync(process.execPath, ['--max-old-space-size=1024', 'test/import/measured-cli.mjs', 'import', input], { encoding: 'utf8' });
    const peak = /maxrss-kb=(\d+)\n$/.exec(child.stderr);
    return { code: child.status, stderr: child.stderr.replace(/maxrss-kb=\d+\n$/, ''), peakKb: Number(peak?.[1] ?? Infinity) };
}

describe.skipIf(!built)('hostile imports in bounded memory', () => {
    test('the zip bomb of the issue: exit 1, its message, under 1 GB', async () => {
        const input = path.join(temp.path, 'bomb.xlsx');
        writeFileSync(input, await zipBomb(await formToXlsxBuffer(await formOf(seedText)), 8000));
        const { code, stderr, peakKb } = importInChild(input);
        expect([code, stderr]).toEqual([1, `jixiao: 无法导入“${input}”：工作簿中的 xl/worksheets/sheet1.xml 解压后有 8,000 MB，超过上限 50 MB，不可能是申报表（可能是损坏或特意构造的文件），未导入\n`]);
        expect(peakKb).toBeLessThan(ONE_GB_IN_KB);
        expect(readdirSync(temp.path)).toEqual(['bomb.xlsx']);
    });

    test('the same bomb with a directory that lies about its size: stopped while inflating, under 1 GB', async () => {
        const input = path.join(temp.path, 'liar.xlsx');
        writeFileSync(input, await zipBomb(await formToXlsxBuffer(await formOf(seedText)), 8000, { claimedSize: 15_000 }));
        const { code, stderr, peakKb } = importInChild(input);
        expect([code, stderr]).toEqual([1, `jixiao: 无法导入“${input}”：工作簿中的 xl/worksheets/sheet1.xml 解压后超过 50 MB，不可能是申报表（可能是损坏或特意构造的文件），未导入\n`]);
        expect(peakKb).toBeLessThan(ONE_GB_IN_KB);
    });

    test('the seed text and 25 million lines of tab and line feed (50 MB): exit 1, its message, under 1 GB', () => {
        const input = path.join(temp.path, 'pasted.txt');
        const tail = Buffer.alloc(50_000_000);
        for (let index = 0; index < tail.length; index += 2) {
            tail[index] = 0x09;
            tail[index + 1] = 0x0a;
        }
        writeFileSync(input, Buffer.concat([Buffer.from(seedFormText), tail]));
        const { code, stderr, peakKb } = importInChild(input);
        expect([code, stderr]).toEqual([1, `jixiao: 无法导入“${input}”：文本有 47.7 MB，超过申报表文本的上限 8 MB（申报表复制为文本通常只有几十 KB），未导入\n`]);
        expect(peakKb).toBeLessThan(ONE_GB_IN_KB);
    });
});

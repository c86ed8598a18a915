/*
 * Runs before anything else, written for the oldest browsers (no arrow functions, no let): checks
 * what Monaco and the page need and, when something is missing, shows the Chinese notice instead
 * of a blank page. Otherwise it loads Monaco's Chinese strings (for a Chinese browser) and the page.
 */
(function () {
    'use strict';
    function supported() {
        try {
            if (typeof Promise !== 'function' || typeof Map !== 'function' || typeof Symbol !== 'function' ||
                typeof Worker !== 'function' || typeof Blob !== 'function' || !window.URL || typeof URL.createObjectURL !== 'function' ||
                typeof TextDecoder !== 'function' || typeof TextEncoder !== 'function' || typeof ResizeObserver !== 'function' ||
                typeof BigInt !== 'function' || typeof globalThis !== 'object' || typeof Object.fromEntries !== 'function' ||
                typeof Array.prototype.flatMap !== 'function' || typeof String.prototype.replaceAll !== 'function' ||
                typeof Array.prototype.at !== 'function' || typeof structuredClone !== 'function' ||
                typeof HTMLDialogElement !== 'function' || !window.CSS || !CSS.supports('display', 'grid')) {
                return false;
            }
            // Syntax the bundle uses as it is: optional chaining, ??, class fields and static blocks, BigInt literals.
            new Function('class A { #a = 1; static b = 2; static { A.c = 3; } get a() { return this.#a; } }' +
                'var o = null; return [o?.x ?? 1, 1n, new A().a];');
            return true;
        } catch (e) {
            return false;
        }
    }

    if (!supported()) {
        document.getElementById('unsupported').hidden = false;
        return;
    }

    var language = (new URLSearchParams(location.search).get('lang') || (navigator.languages && navigator.languages[0]) || navigator.language || 'zh').toLowerCase();
    var scripts = ['assets/language-server.js'].concat(language.indexOf('zh') === 0 ? ['assets/monaco-nls.zh-cn.js'] : [], ['assets/playground.js']);
    document.getElementById('app').hidden = false;

    // Inserted together, fetched and parsed in parallel, run in this order (async = false): the
    // server's worker starts first and boots while the page script is evaluated.
    for (var i = 0; i < scripts.length; i++) {
        var script = document.createElement('script');
        script.src = scripts[i];
        script.async = false;
        script.onerror = failed;
        document.body.appendChild(script);
    }

    function failed(event) {
        var notice = document.getElementById('unsupported');
        notice.innerHTML = '<p><strong>无法加载 ' + event.target.getAttribute('src') + '。</strong></p><p>请把 index.html 和 assets 文件夹一起复制到同一个位置后再打开。</p>';
        notice.hidden = false;
        document.getElementById('app').hidden = true;
    }
})();

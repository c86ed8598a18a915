#!/usr/bin/env node
// The Jixiao language server for any LSP client (Neovim, Emacs, Helix…): `jixiao-language-server --stdio`.
// Without a transport option it talks over stdio, which is what editors other than VS Code expect.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write('用法：jixiao-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n' +
        'Usage: jixiao-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\n');
    process.exit(0);
}
if (!process.argv.slice(2).some(argument => transports.some(option => argument.startsWith(option)))) {
    process.argv.push('--stdio');
}
await import('../out/main.js');

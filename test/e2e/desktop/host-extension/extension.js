// Runs the shared extension-host suite once the workbench has started, and writes the results
// where test/e2e/run.mjs waits for them (JIXIAO_HOST_SUITE_RESULT).
'use strict';
const fs = require('node:fs');

exports.activate = async function activate() {
    const resultFile = process.env.JIXIAO_HOST_SUITE_RESULT;
    const suitePath = process.env.JIXIAO_HOST_SUITE;
    if (!resultFile || !suitePath) {
        return;
    }
    const log = [];
    // Progress as it happens, so a scenario that hangs can be named by the runner.
    const progress = line => {
        log.push(line);
        fs.appendFileSync(`${resultFile}.progress`, `${line}\n`);
    };
    // The runner reads the file as soon as it exists: it appears complete (written aside, then renamed).
    const finish = outcome => {
        fs.writeFileSync(`${resultFile}.tmp`, JSON.stringify(outcome));
        fs.renameSync(`${resultFile}.tmp`, resultFile);
    };
    try {
        finish({ results: await require(suitePath).runScenarios(progress), log });
    } catch (error) {
        finish({ error: String(error && error.stack || error), log });
    }
};

exports.deactivate = function deactivate() {};

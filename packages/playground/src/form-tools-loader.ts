/**
 * Loads assets/form-tools.js with a script element (which works from file://, where fetch and
 * dynamic import do not) the first time import or export is used.
 */
import type { FormTools } from './form-tools.js';

let loading: Promise<FormTools> | undefined;

export function loadFormTools(): Promise<FormTools> {
    loading ??= new Promise<FormTools>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = 'assets/form-tools.js';
        script.onload = () => {
            const tools = (globalThis as { JixiaoFormTools?: FormTools }).JixiaoFormTools;
            if (tools) {
                resolve(tools);
            } else {
                reject(new Error('assets/form-tools.js did not load'));
            }
        };
        script.onerror = () => reject(new Error('assets/form-tools.js is missing'));
        document.head.append(script);
    }).catch(error => {
        loading = undefined;
        throw error;
    });
    return loading;
}

/** Reading files people upload lives in the Slack shell (the roster's import and the match's import both read them). */
export { createUploadedFiles } from '../../../slack/uploaded-files.js';

/** The worker thread of `--jobs`: lints one article per task. */
import {runLintJob} from '../lint-job.js'

export default runLintJob

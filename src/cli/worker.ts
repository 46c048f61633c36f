/** The worker thread of `--jobs`: lints a batch of articles per task. */
import {runLintJobs} from '../lint-job.js'

export default runLintJobs

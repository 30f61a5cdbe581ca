/*
 * Jest global teardown of the e2e project: a hosted build that the global setup started in the background and no
 * test waited for (a run of a few files) is stopped, so jest exits at once.
 */
export { stopHostedBuild as default } from './e2e-global-setup'

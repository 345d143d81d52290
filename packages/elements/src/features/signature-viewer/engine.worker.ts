/** The signature engine's Web Worker script, bundled by the page's bundler (or the CDN build) as a worker of its own. */
import '@egov-kit/signature/worker';

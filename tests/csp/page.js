// Records every CSP violation and error of this page for the test in tests/csp.test.ts, then loads the bundle.
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample || ''}`);
});
window.addEventListener('error', (e) => window.pageErrors.push(String(e.message)));
window.bundleLoaded = import('/dist/syria-timeline.bundle.js');

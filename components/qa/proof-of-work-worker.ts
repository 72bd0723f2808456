// The proof-of-work worker of the question form, bundled as a file of this site (see proof-of-work.tsx):
// the CSP allows workers from 'self' only, so the widget's own build, which starts its workers from
// blob: addresses, is not used. The package's worker script registers its message handler itself.
import 'altcha/workers/pbkdf2';

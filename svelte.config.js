export default {
  // Every byte of the shared runtime is paid on every island page; the version beacon is not needed.
  compilerOptions: { discloseVersion: false },
};

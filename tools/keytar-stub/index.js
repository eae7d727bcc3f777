'use strict';
// @forge/cli-shared imports keytar for `forge login`; the offline linters never call it.
const unavailable = async () => {
  throw new Error(
    'keytar is stubbed in this project: use the Forge CLI installed globally for `forge login`.',
  );
};
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findCredentials: unavailable,
  findPassword: unavailable,
};

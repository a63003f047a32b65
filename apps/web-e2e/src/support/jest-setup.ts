// Project-level Jest options cannot set the timeout in a multi-project run.
jest.setTimeout(60_000);

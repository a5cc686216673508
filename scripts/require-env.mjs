// Fails fast with a clear message when a script needs an environment variable that is unset.
for (const name of process.argv.slice(2)) {
  if (!process.env[name]) {
    console.error(`${name} must be set (e.g. ${name}=postgres://postgres@127.0.0.1:5432/postgres).`);
    process.exit(1);
  }
}

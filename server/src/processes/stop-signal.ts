/** Runs `stop` once on SIGTERM or SIGINT (Ctrl-C reaches every process), then exits. */
export function onStopSignal(stop: () => Promise<void>) {
  let stopping = false;
  const handle = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', handle);
  process.on('SIGINT', handle);
}

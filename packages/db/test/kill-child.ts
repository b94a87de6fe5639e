/** Runs a CLI in a child process and kills it with SIGKILL once its output says it is halfway. */
import { spawn } from 'node:child_process';

export function runAndKill(
  cli: string,
  args: string[],
  halfway: (output: string) => boolean,
): Promise<{ killed: boolean; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let killed = false;
    const onData = (data: Buffer) => {
      output += data.toString();
      if (!killed && halfway(output)) killed = child.kill('SIGKILL');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      resolve({
        killed: killed && signal === 'SIGKILL',
        output: `${output}\n(exit ${code}, signal ${signal})`,
      }),
    );
  });
}

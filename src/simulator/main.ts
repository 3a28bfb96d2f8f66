/**
 * `npm run simulator`: the CCE simulator on its own, configured from the environment (config.ts).
 * Prints its URL once listening; stops cleanly on SIGINT/SIGTERM.
 */
// First: stops on too old a Node before any dependency loads.
import '../node-version.ts';
import { loadSimulatorConfig } from './config.ts';
import { DEMO_PROJECT_ID, DEMO_TOKEN } from './demo-data.ts';
import { startSimulator, type Simulator } from './index.ts';

async function run(): Promise<void> {
  const { options, faults } = loadSimulatorConfig();
  const simulator: Simulator = await startSimulator(options);
  try {
    for (const fault of faults) simulator.setFault(fault);
  } catch (error) {
    await simulator.close();
    throw error;
  }
  console.log(`CCE simulator listening on ${simulator.url}`);
  if (options.tokens === undefined && options.demoData !== false) {
    console.log(
      `Try: curl -H 'X-Auth-Token: ${DEMO_TOKEN}' ${simulator.url}/api/v3/projects/${DEMO_PROJECT_ID}/clusters`,
    );
  }
  if (faults.length > 0) console.log(`Faults set: ${JSON.stringify(faults)}`);

  const stop = () => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

run().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

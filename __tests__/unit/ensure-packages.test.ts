/**
 * @jest-environment node
 */
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/*
 * scripts/ensure-debian-packages.sh on a "fresh machine": the commands are missing, and a fake apt-get on PATH
 * behaves like Debian's: it holds the package lock while it works and fails at once ("Could not get lock") when
 * another apt-get holds it, unless told to wait (-o DPkg::Lock::Timeout). Several jest workers call the script at
 * the same time; each call must succeed, and the packages must be installed once.
 */

const SCRIPT = path.join(__dirname, '..', '..', 'scripts', 'ensure-debian-packages.sh')

function fakeMachine() {
  const root = mkdtempSync(path.join(tmpdir(), 'w12-apt-'))
  const bin = path.join(root, 'bin')
  const installed = path.join(root, 'installed')
  mkdirSync(bin)
  mkdirSync(installed)
  const log = path.join(root, 'apt.log')
  const lock = path.join(root, 'dpkg.lock')
  const write = (name: string, text: string) => {
    writeFileSync(path.join(bin, name), text)
    chmodSync(path.join(bin, name), 0o755)
  }
  // Running "as root" (CI), whoever runs the test.
  write('id', '#!/bin/sh\necho 0\n')
  write(
    'apt-get',
    `#!/bin/bash
echo "apt-get $*" >> "${log}"
until mkdir "${lock}" 2>/dev/null; do
  case "$*" in *DPkg::Lock::Timeout=*) sleep 0.05 ;; *) echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2; exit 100 ;; esac
done
trap 'rmdir "${lock}"' EXIT
sleep 0.3
if [[ " $* " == *" install "* ]]; then
  for package in "$@"; do
    case "$package" in -*|install|-o|DPkg::*) ;; *)
      echo "installed $package" >> "${log}"
      printf '#!/bin/sh\\n' > "${installed}/$package"; chmod +x "${installed}/$package" ;;
    esac
  done
fi
`,
  )
  // The package's command appears on PATH once the package is installed (the command is named as the package).
  const env = { ...process.env, PATH: `${bin}:${installed}:/usr/bin:/bin` }
  return { env, log: () => (existsSync(log) ? readFileSync(log, 'utf8') : '') }
}

function run(env: NodeJS.ProcessEnv, pairs: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', [SCRIPT, ...pairs], { env })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stderr }))
  })
}

it('installs missing packages once when several calls run at the same time, each waiting instead of failing', async () => {
  const machine = fakeMachine()
  const pairs = ['w12-fake-redis=w12-fake-redis', 'w12-fake-nginx=w12-fake-nginx']
  const results = await Promise.all([run(machine.env, pairs), run(machine.env, pairs), run(machine.env, [pairs[0]])])
  expect(results.map(({ code, stderr }) => ({ code, lockError: /Could not get lock/.test(stderr) }))).toEqual([
    { code: 0, lockError: false },
    { code: 0, lockError: false },
    { code: 0, lockError: false },
  ])
  const log = machine.log()
  expect(log.match(/^installed w12-fake-redis$/gm)).toHaveLength(1)
  expect(log.match(/^installed w12-fake-nginx$/gm)).toHaveLength(1)
  // apt waits for a lock held by anything else (unattended upgrades) too.
  for (const line of log.split('\n').filter((entry) => entry.startsWith('apt-get'))) expect(line).toContain('-o DPkg::Lock::Timeout=600')
}, 60_000)

it('does nothing when every command is there', async () => {
  const machine = fakeMachine()
  expect(await run(machine.env, ['bash=bash'])).toEqual({ code: 0, stderr: '' })
  expect(machine.log()).toBe('')
})

import { createClient } from '@sanity/client'
import { createWorkspaceFromConfig, validateDocument, type CurrentUser, type SanityClient, type SanityDocument, type Workspace } from 'sanity'
import studioConfig from '@/sanity.config'
import { startSanityStandIn, type SanityStandIn, type StandInDocument } from './sanity-api-standin'

/**
 * The Studio's workspace, resolved from sanity.config.ts by Sanity itself (createWorkspaceFromConfig), with its
 * client pointed at the local Sanity API stand-in. Validation then runs exactly as in the Studio: Sanity's
 * validateDocument with the compiled schema, and the slug type's uniqueness check querying the "Content Lake".
 */

export type StudioTestbed = {
  workspace: Workspace
  standIn: SanityStandIn
  /** Every validation marker of one document, simplified: path as a string, level and message. */
  validate: (document: StandInDocument) => Promise<Problem[]>
  stop: () => Promise<void>
}

export type Problem = { path: string; level: 'error' | 'warning' | 'info'; message: string }

const editor: CurrentUser = {
  id: 'editor',
  name: 'Test Editor',
  email: 'editor@windows12guide.invalid',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
}

/** `body[_key=="a"].alt` style paths, so a test can name the field a message belongs to. */
function pathToString(path: ReadonlyArray<unknown>): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`
      if (segment && typeof segment === 'object' && '_key' in segment) return `[_key=="${String(segment._key)}"]`
      return `${index === 0 ? '' : '.'}${String(segment)}`
    })
    .join('')
}

export async function startStudioTestbed(documents: StandInDocument[]): Promise<StudioTestbed> {
  const standIn = await startSanityStandIn(documents)
  // No project id: the stand-in needs none (useProjectHostname: false), and without one the workspace skips its
  // background project-grants request, which the stand-in does not serve.
  const client = createClient({
    dataset: 'production',
    apiVersion: '2025-02-19',
    useCdn: false,
    apiHost: standIn.url,
    useProjectHostname: false,
  })
  // The stand-in speaks the query API the Studio's client uses; the client package versions differ only in type.
  const getClient = () => client as unknown as SanityClient
  const workspace = await createWorkspaceFromConfig({ ...studioConfig, apiHost: standIn.url, currentUser: editor, getClient })
  // The Studio loads its translations in the background; wait for them, so no test ends while they still load.
  const { i18next } = workspace.__internal
  await i18next.loadNamespaces(i18next.options.ns ?? [])
  // Reference checks read the stand-in's documents directly (its HTTP API has no /doc endpoint).
  const getDocumentExists = async ({ id }: { id: string }) => standIn.documents().some((document) => document._id === id)
  return {
    workspace,
    standIn,
    validate: async (document) => {
      const markers = await validateDocument({ document: document as SanityDocument, workspace, getDocumentExists })
      // Markers arrive in the order their (partly asynchronous) checks finish: sorted, so tests can compare lists.
      return markers
        .map((marker) => ({ path: pathToString(marker.path), level: marker.level, message: marker.message ?? '' }))
        .sort((a, b) => a.path.localeCompare(b.path) || a.message.localeCompare(b.message))
    },
    stop: () => standIn.stop(),
  }
}

/**
 * The testbed of the calling test file: started over `documents` before its tests and stopped after them. What it
 * returns reads through to the running testbed, so a test uses it as it would startStudioTestbed's.
 */
export function studioTestbedForThisFile(documents: StandInDocument[]): Omit<StudioTestbed, 'stop'> {
  let started: StudioTestbed | undefined
  beforeAll(async () => {
    started = await startStudioTestbed(documents)
  })
  afterAll(() => started?.stop())
  const running = () => {
    if (!started) throw new Error('The Studio testbed runs only inside the tests of the file that asked for it.')
    return started
  }
  return {
    get workspace() {
      return running().workspace
    },
    get standIn() {
      return running().standIn
    },
    validate: (document) => running().validate(document),
  }
}

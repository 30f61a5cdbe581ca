'use client'

import { useEffect, useState } from 'react'

/** What a browser can tell about the machine it runs on; each figure is an estimate, and says why. */
const ESTIMATES = {
  cores: () => {
    const logical = navigator.hardwareConcurrency
    return logical > 0 ? { value: logical, note: `${logical} logical processors; your CPU may have fewer physical cores.` } : null
  },
  ram: () => {
    // Chromium-based browsers only, rounded down and capped, so the real figure may be higher.
    const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory
    return memory && memory > 0 ? { value: memory, note: `at least ${memory} GB (browsers round this down and cap it).` } : null
  },
  display: () => {
    const height = Math.round(screen.height * (window.devicePixelRatio || 1))
    return height > 0 ? { value: height, note: `${height} pixels for this screen, counting display scaling.` } : null
  },
} as const

export type EstimateKind = keyof typeof ESTIMATES

/**
 * Fills an empty field with what the browser reports, once, on a first visit (never over what the reader
 * entered), and says next to the field that the value is an estimate. Without JavaScript it renders nothing.
 */
export function BrowserEstimate({ kind, inputId }: { kind: EstimateKind; inputId: string }) {
  const [note, setNote] = useState<string | null>(null)
  useEffect(() => {
    const input = document.getElementById(inputId)
    if (!(input instanceof HTMLInputElement) || input.value !== '') return
    const estimate = ESTIMATES[kind]()
    if (!estimate) return
    input.value = String(estimate.value)
    setNote(estimate.note)
  }, [kind, inputId])
  return note ? <span data-estimate={kind}>Estimated by your browser: {note}</span> : null
}

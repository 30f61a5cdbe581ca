import { defineArrayMember, defineField, defineType } from 'sanity'
import { claimStatusField } from '../objects/claimStatus'

/** Machine-readable values, so the PC checker can compare a reader's machine against them. */
export const requirementSpec = defineType({
  name: 'requirementSpec',
  title: 'Specification',
  type: 'object',
  fields: [
    defineField({ name: 'cpuCores', title: 'CPU cores', type: 'number' }),
    defineField({ name: 'cpuNote', title: 'Processor', type: 'string' }),
    defineField({ name: 'ramGb', title: 'RAM (GB)', type: 'number' }),
    defineField({ name: 'storageGb', title: 'Free storage (GB)', type: 'number' }),
    defineField({ name: 'storageNote', title: 'Storage', type: 'string' }),
    defineField({ name: 'tpmVersion', title: 'TPM version', type: 'number' }),
    defineField({ name: 'directX', title: 'DirectX version', type: 'number' }),
    defineField({ name: 'displayHeightPx', title: 'Display (vertical pixels)', type: 'number' }),
    defineField({ name: 'graphicsNote', title: 'Graphics', type: 'string' }),
    defineField({ name: 'internetNote', title: 'Internet', type: 'string' }),
  ],
})

export const requirements = defineType({
  name: 'requirements',
  title: 'Requirements',
  type: 'document',
  fields: [
    defineField({ name: 'title', type: 'string', validation: (rule) => rule.required() }),
    claimStatusField(),
    defineField({ name: 'summary', type: 'text', rows: 3 }),
    defineField({ name: 'minimum', type: 'requirementSpec' }),
    defineField({ name: 'recommended', type: 'requirementSpec' }),
    defineField({ name: 'compatibilityNotes', title: 'Compatibility notes', type: 'array', of: [defineArrayMember({ type: 'string' })] }),
  ],
})

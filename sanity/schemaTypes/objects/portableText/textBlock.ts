import { defineArrayMember, defineType } from 'sanity'
import { KeyboardKeyDecorator, KeyboardKeyIcon } from '../../../components/EditorMarks'
import { annotations } from './annotations'

const LISTS = [
  { title: 'Bullet', value: 'bullet' },
  { title: 'Numbered', value: 'number' },
]

/** A text block with lists, bold/italic, code and keys, links and claims; `styles` decides which headings editors get. */
export const textBlock = (styles: { title: string; value: string }[]) =>
  defineArrayMember({
    type: 'block',
    styles: [{ title: 'Normal', value: 'normal' }, ...styles],
    lists: LISTS,
    marks: {
      decorators: [
        { title: 'Strong', value: 'strong' },
        { title: 'Emphasis', value: 'em' },
        // Commands, file and tool names readers type or look for: tpm.msc, Get-FileHash, setup.exe.
        { title: 'Inline code', value: 'code' },
        // Keys and key combinations readers press: Win+R, F12.
        { title: 'Keyboard key', value: 'kbd', icon: KeyboardKeyIcon, component: KeyboardKeyDecorator },
      ],
      annotations,
    },
  })

/** Text blocks without custom blocks (used inside asides, FAQ answers and hub summaries). */
const simpleBlock = textBlock([{ title: 'Heading 3', value: 'h3' }])

export const simpleRichText = defineType({
  name: 'simpleRichText',
  title: 'Rich text',
  type: 'array',
  of: [simpleBlock],
})

import type { DocumentActionComponent, DocumentActionsContext, NewDocumentOptionsContext, Template, TemplateItem } from 'sanity'
import type { StructureResolver } from 'sanity/structure'
import { apiVersion } from './env.public'
import { FAQ_CATEGORIES } from '../lib/vocabulary'
import { SITE_SETTINGS_ID } from './schemaTypes/documents/siteSettings'

/*
 * The Studio's content lists. Site settings is a singleton: one document with a fixed id, opened directly,
 * never created from a "new document" menu and never deleted, duplicated or unpublished (the whole site reads it).
 */

const SINGLETON_TYPES: ReadonlySet<string> = new Set(['siteSettings'])

/** Actions that would create a second copy of a singleton or take it away from the site. */
const ACTIONS_NOT_FOR_SINGLETONS: ReadonlySet<string> = new Set(['delete', 'duplicate', 'unpublish'])

/** Template that pre-fills the category when a question is created inside one category's list. */
export const FAQ_IN_CATEGORY_TEMPLATE = 'faq-in-category'

/** Initial-value templates: none for singletons; one extra for FAQs created from a category list. */
export function resolveTemplates(templates: Template[]): Template[] {
  return [
    ...templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType)),
    {
      id: FAQ_IN_CATEGORY_TEMPLATE,
      title: 'FAQ in a category',
      schemaType: 'faq',
      parameters: [{ name: 'category', type: 'string' }],
      value: (parameters: { category?: string }) => ({ category: parameters.category }),
    },
  ]
}

/** The global "Create" menu offers plain FAQs; the category template belongs to the category lists. */
export function resolveNewDocumentOptions(options: TemplateItem[], context: NewDocumentOptionsContext): TemplateItem[] {
  if (context.creationContext.type !== 'global') return options
  return options.filter((option) => option.templateId !== FAQ_IN_CATEGORY_TEMPLATE)
}

export function resolveDocumentActions(actions: DocumentActionComponent[], context: DocumentActionsContext): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return actions
  return actions.filter((action) => !action.action || !ACTIONS_NOT_FOR_SINGLETONS.has(action.action))
}

export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .schemaType('siteSettings')
        .child(S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('Site settings')),
      S.divider(),
      S.listItem()
        .id('guide')
        .title('Guides')
        .schemaType('guide')
        .child(
          S.documentTypeList('guide')
            .title('Guides, in hub order')
            .defaultOrdering([
              { field: 'order', direction: 'asc' },
              { field: 'title', direction: 'asc' },
            ]),
        ),
      S.listItem()
        .id('page')
        .title('Pages')
        .schemaType('page')
        .child(S.documentTypeList('page').title('Pages').defaultOrdering([{ field: 'title', direction: 'asc' }])),
      S.listItem()
        .id('faq')
        .title('FAQ')
        .schemaType('faq')
        .child(
          S.list()
            .id('faq-categories')
            .title('FAQ by category')
            .items([
              S.listItem()
                .id('faq-all')
                .title('All questions')
                .schemaType('faq')
                .child(
                  S.documentTypeList('faq')
                    .id('faq-all')
                    .title('All questions, by category and order')
                    .defaultOrdering([
                      { field: 'category', direction: 'asc' },
                      { field: 'order', direction: 'asc' },
                    ]),
                ),
              S.divider(),
              ...FAQ_CATEGORIES.map((category) =>
                S.listItem()
                  .id(`faq-${category.value}`)
                  .title(category.title)
                  .schemaType('faq')
                  .child(
                    S.documentTypeList('faq')
                      .id(`faq-${category.value}`)
                      .title(`FAQ: ${category.title}`)
                      .apiVersion(apiVersion)
                      .filter('_type == "faq" && category == $category')
                      .params({ category: category.value })
                      .defaultOrdering([{ field: 'order', direction: 'asc' }])
                      .initialValueTemplates([S.initialValueTemplateItem(FAQ_IN_CATEGORY_TEMPLATE, { category: category.value })]),
                  ),
              ),
            ]),
        ),
      S.listItem()
        .id('newsItem')
        .title('News')
        .schemaType('newsItem')
        .child(S.documentTypeList('newsItem').title('News, newest first').defaultOrdering([{ field: 'publishedAt', direction: 'desc' }])),
      S.divider(),
      S.listItem()
        .id('comparisonTable')
        .title('Comparison tables')
        .schemaType('comparisonTable')
        .child(S.documentTypeList('comparisonTable').title('Comparison tables').defaultOrdering([{ field: 'title', direction: 'asc' }])),
      S.listItem()
        .id('requirements')
        .title('Requirements')
        .schemaType('requirements')
        .child(S.documentTypeList('requirements').title('Requirements').defaultOrdering([{ field: 'title', direction: 'asc' }])),
      S.listItem()
        .id('releaseMilestone')
        .title('Release milestones')
        .schemaType('releaseMilestone')
        .child(S.documentTypeList('releaseMilestone').title('Release milestones, by date').defaultOrdering([{ field: 'date', direction: 'asc' }])),
      S.divider(),
      S.listItem()
        .id('person')
        .title('People')
        .schemaType('person')
        .child(S.documentTypeList('person').title('People in bylines').defaultOrdering([{ field: 'name', direction: 'asc' }])),
    ])

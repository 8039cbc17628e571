import { i18n } from '#i18n';
import type { WalkStep } from '@/lib/model/walk';
import type { PageType } from '@/lib/walks/page-type';
import { durationText } from './walk-text';

/** How a step reads in the review list. */
export function stepText(step: WalkStep): string {
  if (step.label) return step.label;
  switch (step.action) {
    case 'page':
      return i18n.t('walkStepPage', [step.title || step.url]);
    case 'click':
      return i18n.t('walkStepClick', [step.targetText]);
    case 'submit':
      return i18n.t('walkStepSubmit', [step.targetText]);
    case 'type':
      return i18n.t('walkStepType', [step.targetText]);
    case 'clip':
      return i18n.t('walkStepClip', [step.targetText]);
    default:
      return i18n.t('walkStepNote');
  }
}

/** The page types in the UI language. */
export function pageTypeText(type: PageType): string {
  const names: Record<PageType, string> = {
    home: i18n.t('pageTypeHome'),
    search: i18n.t('pageTypeSearch'),
    listing: i18n.t('pageTypeListing'),
    product: i18n.t('pageTypeProduct'),
    cart: i18n.t('pageTypeCart'),
    account: i18n.t('pageTypeAccount'),
    checkout: i18n.t('pageTypeCheckout'),
    payment: i18n.t('pageTypePayment'),
    confirmation: i18n.t('pageTypeConfirmation'),
    tracking: i18n.t('pageTypeTracking'),
    help: i18n.t('pageTypeHelp'),
    other: i18n.t('pageTypeOther'),
  };
  return names[type];
}

/** The labels of the report's walk-through section. */
export function walkReportLabels() {
  return {
    heading: i18n.t('walksTitle'),
    task: i18n.t('walkTask'),
    steps: i18n.t('walkStepsHead'),
    time: i18n.t('walkTimeHead'),
    friction: i18n.t('walkFrictionHead'),
    pageType: pageTypeText,
    duration: durationText,
  };
}

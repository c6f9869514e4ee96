export { errorReportLink } from './error-report.js';
export { DEFAULT_REVIEW_INTERVAL_MONTHS, nextReviewDate, reviewInterval } from './review.js';
export {
  type ReviewGroup,
  type ReviewItem,
  type ReviewStatus,
  reviewStatus,
  reviewStatusSteps,
  reviewTerm,
} from './review-status.js';

/** What the app uses of feedback. */
export { feedbackRoutes } from './feedback.routes.ts';
export { seedFeedback } from './feedback.seed.ts';

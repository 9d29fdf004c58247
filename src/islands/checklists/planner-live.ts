/**
 * What the planner loads, in one request, once there is an interview to plan (one is saved, or the person
 * asks to add one): the saved interviews and their labels, the form that adds one, and the plan itself. A
 * first visit to the list loads none of it.
 */
export { localToday } from '../../lib/core/dates';
export { interviewLabel } from '../../lib/interviews/interviews';
export { interviews } from '../../state/interviews';
export { calendar } from '../../state/calendar';
export { default as PlanDetails } from './PlanDetails.svelte';
export { default as AddInterview } from '../shared/AddInterview.svelte';

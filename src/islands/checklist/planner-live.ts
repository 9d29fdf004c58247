/**
 * What the planner loads, in one request, once there is an interview to plan (one is saved, or the person
 * adds one): the saved interviews and their labels, adding one, and the plan itself. A first visit to the
 * list loads none of it.
 */
export { localToday } from '../../lib/dates';
export { interviewLabel } from '../../lib/interviews';
export { interviews } from '../../state/interviews';
export { addPlannerInterview } from '../../state/planner';
export { default as PlanDetails } from './PlanDetails.svelte';

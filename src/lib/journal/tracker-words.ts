/**
 * The words people write in their own job-search spreadsheets, and what each means to the journal: the
 * column names that say which field a column feeds, and the values that say how an interview came, what
 * kind of round it was and where it stands. Data only: csv.ts reads it (compared without case, spaces or
 * punctuation, so "On-site", "on site" and "Onsite" are one word). A word missing here is not lost: the
 * import keeps its text in the interview's notes and the preview lets the person say what it means.
 *
 * Where the list comes from (read in 2026; the words are what these templates and trackers put in their
 * columns and drop-downs, not their prose):
 * - Spreadsheet guides and their templates' columns and status values: jobswyft.com/blog/category/application-tracking
 *   ("Source: LinkedIn, Indeed, company site, referral"; "Status: applied / acknowledged / phone screen /
 *   on-site / offer / rejected / ghosted"; Notes), gopronto.co/blog/job-application-tracker (Application date;
 *   "Applied", "Waiting"; Applied / Phone screen / Interview / Offer / Rejected / Ghosted),
 *   careermax.ai/blog/job-application-tracker (Saved, Applied, Interview, Offer, Rejected, Archived; Date applied,
 *   Follow-up date, Contact), postulit.com (applied, screening, interview, offer, rejected, no response),
 *   prep4jobs.com and jobcarer.com (interview dates, contact person, follow-up).
 * - Smartsheet's job candidate tracker template, as CData documents its columns (Status; Referral Source with
 *   "Referral", "Job Board", "Career Fair"; Comments; Next Steps): cdata.com Sheet_Job_Candidate_Tracker.
 * - Board trackers' stages: Huntr's and Teal's boards as summarized by the Access Careers job tracker board
 *   (Wishlist, Applied, Interview, Offer), CareerTrackr's stages (Prospective, Applied, Screening, Interviewing,
 *   Offer, Rejected, Withdrawn; recruiter phone calls, HR screens, technical phone screens, take-home assessments,
 *   panel and final rounds), resumedit.com (Saved, Applied, Interview, Offer, Rejected, Withdrawn), the
 *   "Hired" tracker's pipeline (shifulaboratories/Hired docs/concepts/pipeline.mdx: Wishlist, Applied,
 *   Interviewing, Offer, Accepted, Lost), jobsync's stages (Gsync/jobsync wiki: 1st Screening Interview,
 *   2nd Technical Interview), ServiceNow's applicant states (In review, Interviewing, Offer received, Offer
 *   accepted, Hired, Not selected, Withdrawn) and Cleared Talent Connect's (Phone Screen, Technical Interview,
 *   Final Interview, Offer, Hired, Rejected).
 * - Open-source trackers' enums: Degbogueur/JobTrackingAPI Enums/JobSource.cs (LinkedIn, Indeed, CompanyWebsite,
 *   JobBoard, Referral, Networking, RecruitmentAgency) and ApplicationStatus.cs (Viewed, Shortlisted,
 *   InterviewScheduled, OfferDeclined, NoResponse, NotInterested), MDC-04/candidex ApplicationSource.java,
 *   prajcharde/career-pipeline ApplicationSource.cs (Recruiter), jonathanbackhed/ClevrJobs ApplicationStatus.cs
 *   (WaitingForResponse, Declined, Ghosted), syedwajihrizvi/jobee-backend ApplicationStatus.java.
 * - Kinds of round: anthropics/knowledge-work-plugins recruiting/skills/interview-design/references/interview-formats.md
 *   (case study, live coding, take-home, panel, portfolio review) and the stages above; "Superday" and "HM"
 *   are the finance and tech shorthands trackers use for the final day and the hiring manager.
 */
import type { EventKind, RoundKind, Source } from '../interviews/journal-record.ts';

/**
 * Column names that feed each field: `exact` when the whole name is one of them, `contains` when it holds
 * one (tried only after every exact match, so "Interview Date" goes to the interview date, not the date).
 */
export const HEADER_WORDS = {
  id: { exact: ['Interview ID', 'ID'], contains: [] },
  company: { exact: ['Company', 'Employer', 'Organization', 'Company name'], contains: ['Company', 'Employer', 'Organi'] },
  role: {
    exact: ['Role', 'Position', 'Job', 'Job title', 'Title', 'Position title', 'Role title'],
    contains: ['Position', 'Job title', 'Role', 'Title'],
  },
  source: {
    exact: [
      'How it came',
      'Source',
      'Via',
      'Channel',
      'How found',
      'How I found it',
      'How I applied',
      'Applied via',
      'Referral source',
      'Job source',
      'Found via',
      'Found on',
      'Platform',
    ],
    contains: ['How it came', 'Source', 'Channel'],
  },
  interviewDate: {
    exact: ['Interview date', 'Date of interview', 'Interview on', 'Next interview', 'Interview date and time', 'Interview day'],
    contains: ['Interview date', 'Interview on', 'Date of interview'],
  },
  roundKind: {
    exact: [
      'Round',
      'Interview type',
      'Interview round',
      'Round type',
      'Kind of round',
      'Type of interview',
      'Interview stage',
      'Interview format',
      'Format',
    ],
    contains: ['Interview round', 'Interview type', 'Type of interview'],
  },
  status: {
    exact: ['Status', 'Stage', 'Application status', 'Current status', 'Current stage', 'Outcome', 'Result', 'Where it stands', 'Progress'],
    contains: ['Status', 'Stage'],
  },
  lastContact: {
    exact: [
      'Last contact',
      'Last contacted',
      'Last contact date',
      'Last heard',
      'Last heard from',
      'Last update',
      'Last updated',
      'Last activity',
      'Response date',
      'Date of response',
      'Last response',
      'Decision date',
      'Outcome date',
    ],
    contains: ['Last contact', 'Last heard', 'Response date'],
  },
  date: { exact: ['Date', 'When', 'Event date', 'Day', 'Activity date', 'Date of activity'], contains: [] },
  activity: { exact: ['Activity', 'Event', 'Step', 'Type', 'What happened', 'Action'], contains: ['Activity', 'Event'] },
  details: { exact: ['Details', 'Interviewers', 'Interviewer', 'Interviewed by', 'Who I met'], contains: ['Interviewer'] },
  notes: { exact: ['Notes', 'Note', 'Comments', 'Comment', 'Remarks'], contains: ['Note', 'Comment'] },
} as const;

/** How an interview came, as trackers write it. */
export const SOURCE_WORDS: Record<Source, readonly string[]> = {
  applied: [
    'Applied',
    'Cold applied',
    'Cold application',
    'Cold apply',
    'Applied online',
    'Online',
    'Online application',
    'Application',
    'Direct',
    'Direct application',
    'Applied directly',
    'LinkedIn',
    'LinkedIn Easy Apply',
    'Easy Apply',
    'Indeed',
    'Glassdoor',
    'ZipRecruiter',
    'Monster',
    'Dice',
    'Wellfound',
    'AngelList',
    'Handshake',
    'Company website',
    'Company site',
    'Careers page',
    'Career site',
    'Careers site',
    'Website',
    'Job board',
    'Job site',
    'Job posting',
    'Job post',
    'Job fair',
    'Career fair',
    'Social media',
    'Email',
  ],
  referral: [
    'Referral',
    'Referred',
    'Employee referral',
    'Referred by a friend',
    'Friend',
    'Network',
    'Networking',
    'Personal network',
    'Contact',
    'Alumni',
    'Word of mouth',
  ],
  'agency-recruiter': [
    'Agency',
    'Agency recruiter',
    'Recruitment agency',
    'Recruiting agency',
    'Staffing agency',
    'Staffing firm',
    'Search firm',
    'Headhunter',
    'Headhunted',
    'External recruiter',
    'Third-party recruiter',
    'Third party recruiter',
  ],
  'in-house-recruiter': [
    'In-house recruiter',
    'Internal recruiter',
    'Company recruiter',
    'Corporate recruiter',
    'Talent acquisition',
    'Sourced',
  ],
};

/**
 * Words that name a recruiter without saying whose: about one in two is an agency's, so the import never
 * guesses. It leaves how it came unknown, keeps the word in the notes, and the preview asks.
 */
export const SOURCE_ASK = {
  words: [
    'Recruiter',
    'Recruiter reached out',
    'Reached out to me',
    'Recruiter outreach',
    'Recruiter message',
    'LinkedIn recruiter',
    'Inbound',
  ],
  question: 'agency or in-house?',
} as const;

/** Kinds of round, as trackers write them (in a round column, or as where an application stands). */
export const ROUND_WORDS: Record<RoundKind, readonly string[]> = {
  screen: [
    'Screen',
    'Screening',
    'Phone screen',
    'Phone',
    'Phone call',
    'Phone interview',
    'Recruiter screen',
    'Recruiter call',
    'HR screen',
    'HR interview',
    'HR call',
    'Initial call',
    'Intro call',
    'Introductory call',
    'Screening call',
    'Pre-screen',
    'Video screen',
    'First round',
    'First interview',
    '1st round',
    '1st interview',
    'Phone screen scheduled',
    'Screen scheduled',
  ],
  'hiring-manager': [
    'HM',
    'HM interview',
    'HM screen',
    'HM call',
    'Hiring manager',
    'Hiring manager interview',
    'Hiring manager screen',
    'Hiring manager call',
    'Manager interview',
  ],
  panel: [
    'Panel',
    'Panel interview',
    'Onsite',
    'On-site',
    'On site',
    'Onsite interview',
    'Virtual onsite',
    'Loop',
    'Interview loop',
    'Team interview',
    'Group interview',
    'Onsite scheduled',
  ],
  technical: [
    'Technical',
    'Technical interview',
    'Tech interview',
    'Tech screen',
    'Technical screen',
    'Technical phone screen',
    'Coding',
    'Coding interview',
    'Coding challenge',
    'Live coding',
    'Take-home',
    'Take home',
    'Take-home assignment',
    'Assessment',
    'Technical assessment',
    'Skills test',
    'System design',
    'Whiteboard',
    'Case study',
    'Case interview',
    'Portfolio review',
    'Presentation',
    'Work sample',
  ],
  final: [
    'Final',
    'Final round',
    'Final interview',
    'Final stage',
    'Last round',
    'Superday',
    'Super day',
    'Executive interview',
    'Exec interview',
  ],
};

/** What happened, as trackers write it (an activity, or where an application stands). */
export const EVENT_WORDS: Record<EventKind, readonly string[]> = {
  'thank-you-sent': [
    'Thank you',
    'Thank-you',
    'Thank you sent',
    'Thank-you note',
    'Thank you note',
    'Thank you email',
    'Sent thank you',
    'Thanked',
  ],
  'follow-up-sent': [
    'Follow-up',
    'Follow up',
    'Followed up',
    'Follow-up sent',
    'Follow up sent',
    'Follow-up email',
    'Sent follow-up',
    'Checked in',
  ],
  reply: ['Reply', 'Replied', 'Response', 'Responded', 'Heard back', 'Got a reply', 'Acknowledged', 'Response received'],
  'next-round': [
    'Next round',
    'Moved forward',
    'Moving forward',
    'Advanced',
    'Passed',
    'Invited',
    'Invited to interview',
    'Invited to next round',
  ],
  offer: [
    'Offer',
    'Offered',
    'Offer extended',
    'Offer received',
    'Offer made',
    'Got an offer',
    'Verbal offer',
    'Written offer',
    'Accepted',
    'Offer accepted',
    'Accepted offer',
    'Hired',
    'Signed',
  ],
  // "Declined" alone is the employer's word as often as the candidate's ("we have declined your application"),
  // and trackers use it for both: it reads as a rejection, with the word kept, unless it says who declined.
  rejected: [
    'Rejected',
    'Rejection',
    'Declined',
    'Not selected',
    'Not moving forward',
    'Not accepted',
    'Turned down',
    'No offer',
    'Unsuccessful',
    'Position filled',
    'Role filled',
    'Lost',
    'Denied',
  ],
  withdrew: [
    'Withdrew',
    'Withdrawn',
    'I withdrew',
    'I declined',
    'Declined by me',
    'Withdrawn by me',
    'Pulled out',
    'Not interested',
    'Offer declined',
    'Declined offer',
    'Declined the offer',
    'I turned it down',
  ],
  ghosted: ['Ghosted', 'No response', 'No reply', 'No answer', 'Never heard back', 'No news', 'Silence', 'Unresponsive', 'No word'],
};

/** Words that say only that the interview is under way: nothing to record, nothing to keep. */
export const OPEN_WORDS: readonly string[] = ['Open', 'Active', 'In progress', 'Pending', 'Ongoing', 'Current'];

/** Words that say it is still open, and something more worth keeping in the notes ("On hold"). */
export const STILL_OPEN_WORDS: readonly string[] = [
  'Waiting',
  'Waiting to hear back',
  'Waiting for response',
  'Awaiting response',
  'Awaiting feedback',
  'Applied',
  'Submitted',
  'Application submitted',
  'Interviewing',
  'On hold',
  'Paused',
  'Under review',
  'In review',
  'Viewed',
  'Shortlisted',
  'Wishlist',
  'Bookmarked',
  'Saved',
  'Prospective',
  'To apply',
  'Not applied',
  'Draft',
  'Negotiating',
  'Negotiation',
];

/** Words that date the interview itself, without saying what kind of round. */
export const INTERVIEW_WORDS: readonly string[] = [
  'Interview',
  'Interviewed',
  'Interview scheduled',
  'Interview booked',
  'Interview done',
  'Interview completed',
  'Scheduled',
];

/**
 * Words that say more than what they map to ("Accepted" is an offer, and more): the text is kept in the
 * notes beside the event, so nothing the person wrote is lost.
 */
export const KEPT_WORDS: readonly string[] = [
  'Accepted',
  'Offer accepted',
  'Accepted offer',
  'Hired',
  'Signed',
  'Verbal offer',
  'Declined',
  'Offer declined',
  'Declined offer',
  'Declined the offer',
  'Position filled',
  'Role filled',
  'Not interested',
  'Superday',
  'Case study',
  'Take-home',
  'Take home',
];

import { ProgressBoardResponse, ProgressExportQuery, ProgressPeopleQuery, ProgressPeopleResponse, ProgressRoundParams, ProgressRoundsResponse } from '@koers/domain';
import { z } from 'zod';
import { binary, defineContracts, json } from './contract';

/**
 * HR's progress board (the HR-inzicht page): statuses and dates per person, counts per
 * department and manager; never an answer, a canvas, a goal or a note. Koers.HR reads every
 * round's board, a manager only their own people's lines; each line read is on that person's
 * access log. The response schemas are closed (domain rounds/progressApi.ts).
 */

export const ProgressRebuildResponse = z.object({ people: z.number().int().min(0), removed: z.number().int().min(0) }).strict();

export const progressContracts = defineContracts({
  progressRounds: {
    method: 'GET',
    path: 'progress',
    summary: 'The conversation rounds that have a progress board (started or closed), newest period first (Koers.HR, managers)',
    tags: ['progress'],
    auth: 'bearer',
    response: json('ProgressRoundsResponse', ProgressRoundsResponse),
    problems: [403],
  },
  progressBoard: {
    method: 'GET',
    path: 'progress/{roundId}',
    summary: 'Counts per status for the round, per department and per conversation partner (Koers.HR: all; a manager: their own people)',
    tags: ['progress'],
    auth: 'bearer',
    params: ProgressRoundParams,
    response: json('ProgressBoardResponse', ProgressBoardResponse),
    problems: [400, 403, 404],
  },
  progressPeople: {
    method: 'GET',
    path: 'progress/{roundId}/people',
    summary: 'One page of people with their status and dates, by name; filter by department, manager and status. Each line is on that person\'s access log',
    tags: ['progress'],
    auth: 'bearer',
    params: ProgressRoundParams,
    query: ProgressPeopleQuery,
    response: json('ProgressPeopleResponse', ProgressPeopleResponse),
    problems: [400, 403, 404],
  },
  progressExport: {
    method: 'GET',
    path: 'progress/{roundId}/export',
    summary: 'The same lines as progress/{roundId}/people, all of them, as .xlsx or .csv (cells a spreadsheet would run as a formula are escaped)',
    tags: ['progress'],
    auth: 'bearer',
    params: ProgressRoundParams,
    query: ProgressExportQuery,
    response: binary('ProgressFile', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    problems: [400, 403, 404],
  },
  progressRebuild: {
    method: 'POST',
    path: 'progress/{roundId}/rebuild',
    summary: 'Koers.HR: recompute the round\'s board from the conversations, preparations, plans and exemptions (after a directory change); running it twice changes nothing',
    tags: ['progress'],
    auth: 'bearer',
    params: ProgressRoundParams,
    response: json('ProgressRebuildResponse', ProgressRebuildResponse),
    problems: [403, 404],
  },
});

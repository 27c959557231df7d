import { z } from 'zod';
import { cadenceAdviceSchema } from './cadence';
import { goalSchema } from './goals';
import { questionPromptSchema, stageSchema } from './question-bank';

/** `GET /relationships/{id}/prompts`: prompts for one meeting, the same every time it is asked. */
export const promptsResponseSchema = z.object({
  goal: goalSchema,
  stage: stageSchema,
  meetingKey: z.string(),
  prompts: z.array(questionPromptSchema),
});
export type PromptsResponse = z.infer<typeof promptsResponseSchema>;

export const promptsQuerySchema = z.object({
  count: z.coerce.number().int('count must be a whole number').min(1).max(10).default(5),
  meeting: z
    .string()
    .regex(/^[0-9a-z]{10}[A-Za-z0-9_-]{6}$/, 'Not a meeting id')
    .optional(),
});

/**
 * `GET /relationships/{id}/cadence-advice`: a suggestion with its reason and the reason's facts;
 * never applied by itself.
 */
export const cadenceAdviceResponseSchema = cadenceAdviceSchema;

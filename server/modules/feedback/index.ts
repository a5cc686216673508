import type { Module } from '..';
import { feedbackRoutes } from './feedback.routes';

export const feedbackModule: Module = { name: 'feedback', prefix: '/api/feedback', plugin: feedbackRoutes };

import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createGoalBody } from '#common/contracts/goals';
import { GoalForm } from './goal-form';

afterEach(cleanup);

describe('GoalForm', () => {
  it('allows exactly what the API accepts: a 5,000-character description, a 200-character title', () => {
    render(<GoalForm submitLabel="Add goal" saving={false} onSubmit={() => {}} onCancel={() => {}} />);
    const description = screen.getByLabelText(/Why it matters/) as HTMLTextAreaElement;
    expect(description.maxLength).toBe(5000);
    expect((screen.getByLabelText('Title') as HTMLInputElement).maxLength).toBe(200);
    // And those are the contract's numbers, not copies of them.
    expect(createGoalBody.shape.description.unwrap().unwrap().maxLength).toBe(description.maxLength);
  });
});

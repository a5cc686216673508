import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedbackForm } from './feedback-form';

afterEach(cleanup);

describe('FeedbackForm', () => {
  it('asks for a message before sending anything', () => {
    const onSend = vi.fn(async () => true);
    render(<FeedbackForm sending={false} onSend={onSend} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    expect(screen.getByRole('alert').textContent).toBe('Write a message first.');
    expect(onSend).not.toHaveBeenCalled();
  });

  it('sends the kind, the trimmed message and a title only when given, then clears itself', async () => {
    const onSend = vi.fn(async () => true);
    render(<FeedbackForm sending={false} onSend={onSend} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Praise' }));
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: '  The heat-map is lovely  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith({ type: 'praise', body: 'The heat-map is lovely' }));
    await waitFor(() => expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe(''));
  });

  it('keeps what was written when sending failed', async () => {
    const onSend = vi.fn(async () => false);
    render(<FeedbackForm sending={false} onSend={onSend} />);
    fireEvent.change(screen.getByLabelText('Title (optional)'), { target: { value: 'Crash' } });
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'It crashed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send feedback' }));
    await waitFor(() => expect(onSend).toHaveBeenCalledWith({ type: 'bug', title: 'Crash', body: 'It crashed' }));
    expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('It crashed');
  });
});

'use client';

// The newsroom shows the same "unexpected failure" page as readers (details stay in the server log).
export { default } from '@/components/site/error-page';

'use client';

export { default } from '@/components/site/error-page';

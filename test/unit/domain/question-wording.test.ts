import { describe, expect, it } from 'vitest';
import { asksForChildDetails } from '../../../src/domain/question-wording.js';

describe('questions that ask for a child’s identifying details', () => {
  it.each([
    'Which child are you worried about (name)?',
    'Name of the young person you referred',
    'Which family did you visit this week?',
    'Give the pupil’s initials and year group',
    'What is the child’s date of birth?',
    'Who is the child you are concerned about?',
    'Case number of the referral',
    'Tell us about the child you supported',
    'Please describe the family you are working with',
    'Child’s address and postcode?',
    'Which particular young person needs help?',
    'What are the names of the children involved?',
    'Whose family was referred to social care?',
    'Details about the specific child',
    'How old is the girl you met?',
  ])('refuses %j', (prompt) => {
    expect(asksForChildDetails(prompt)).toBe(true);
  });

  it.each([
    'How many children did your service reach this week?',
    'What helped children feel safer this week?',
    'How confident do you feel about making referrals?',
    'Which sector could we invite next?',
    'Who could help with safer routes to school?',
    'What is one thing the coalition could do for families?',
    'What is blocking your organisation’s progress?',
    'How many families attended the parents’ evening?',
    'Any wins to share with the coalition?',
    'Which training would help your team most?',
    'What helps children feel safe at home and in class?',
    'What ages of children does your service work with?',
  ])('accepts %j', (prompt) => {
    expect(asksForChildDetails(prompt)).toBe(false);
  });
});

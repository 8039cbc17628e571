/** The matrix arrangement's shape moved to lib/preferences (it is a preference, not database data). */
export * from '../preferences/view-arrangement';

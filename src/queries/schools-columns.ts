/** Which schools columns a request reads beside an indicator: the views choose, the SQL builders read them. */
export { schoolsBeside, schoolsColumnsOf, type SchoolsColumns } from '../data/sql/schools-columns';

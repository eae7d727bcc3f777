/** The report's tables: the app's table style (shared with the plan's tables, so they look alike). */
export {
  captionStyle,
  cell,
  headerCell,
  hiddenCell,
  numeric,
  rowBorder,
  tableStyle,
} from '../../components/table-style';

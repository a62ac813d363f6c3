/** The parts of frappe-gantt (which ships no types) that the project Gantt uses. */
declare module 'frappe-gantt' {
  export type GanttTask = {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    dependencies?: string;
    custom_class?: string;
  };
  export type GanttOptions = {
    view_mode?: 'Day' | 'Week' | 'Month';
    language?: string;
    bar_height?: number;
    padding?: number;
    readonly?: boolean;
    readonly_progress?: boolean;
    move_dependencies?: boolean;
    today_button?: boolean;
    popup?: false;
    scroll_to?: string;
    infinite_padding?: boolean;
    container_height?: number | 'auto';
    on_date_change?: (task: GanttTask, start: Date, end: Date) => void;
  };
  export default class Gantt {
    constructor(wrapper: HTMLElement, tasks: GanttTask[], options?: GanttOptions);
    change_view_mode(mode: 'Day' | 'Week' | 'Month'): void;
    scroll_current(): void;
  }
}

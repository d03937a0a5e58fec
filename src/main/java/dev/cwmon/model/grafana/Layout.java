package dev.cwmon.model.grafana;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a dashboard's panels on Grafana's 24-column grid. Panels with {@code grid_pos} stay
 * where they are put (y counts from the top of their row); the others flow in reading order
 * into the first free place at or after the previous panel. Rows become one-line row panels
 * below everything above them.
 */
public final class Layout {
  public static final int COLUMNS = 24;

  private Layout() {}

  /** A panel's place on the grid, in absolute grid coordinates. */
  public record Box(int x, int y, int w, int h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    @Override
    public String toString() {
      return "x=" + x + " y=" + y + " w=" + w + " h=" + h;
    }
  }

  /** A layout mistake at a spec path below the dashboard. */
  public record Problem(String path, String message, String hint) {}

  /** Where each panel goes: top panels, then per row its header line and its panels. */
  public record Plan(List<Box> panels, List<Integer> rowLines, List<List<Box>> rowPanels,
      List<Problem> problems) {}

  public static Plan of(Dashboard dashboard) {
    List<Problem> problems = new ArrayList<>();
    List<Box> top = section(dashboard.panels(), 0, "panels", problems);
    int bottom = bottom(top, 0);
    List<Integer> rowLines = new ArrayList<>();
    List<List<Box>> rowPanels = new ArrayList<>();
    for (int r = 0; r < dashboard.rows().size(); r++) {
      rowLines.add(bottom);
      List<Box> boxes = section(dashboard.rows().get(r).panels(), bottom + 1,
          "rows[" + r + "].panels", problems);
      rowPanels.add(boxes);
      bottom = bottom(boxes, bottom + 1);
    }
    return new Plan(top, rowLines, rowPanels, problems);
  }

  private static List<Box> section(List<Panel> panels, int top, String path,
      List<Problem> problems) {
    Box[] boxes = new Box[panels.size()];
    List<Box> placed = new ArrayList<>();
    for (int i = 0; i < panels.size(); i++) {
      Panel.GridPos g = panels.get(i).gridPos();
      String at = path + "[" + i + "]";
      if (g == null) {
        continue;
      }
      Box box = new Box(g.x(), top + g.y(), g.w(), g.h());
      if (g.x() < 0 || g.y() < 0 || g.w() < 1 || g.h() < 1 || g.x() + g.w() > COLUMNS) {
        problems.add(new Problem(at + ".grid_pos", "grid_pos " + local(g) + " of panel \""
            + panels.get(i).title() + "\" is off the grid",
            "x and y start at 0, w and h at 1, and x + w must be at most 24"));
        continue;
      }
      for (int j = 0; j < i; j++) {
        if (boxes[j] != null && boxes[j].overlaps(box)) {
          problems.add(new Problem(at + ".grid_pos", "panel \"" + panels.get(i).title()
              + "\" at " + local(g) + " overlaps panel \"" + panels.get(j).title() + "\"",
              "move one of them, or remove grid_pos to place the panel automatically"));
          break;
        }
      }
      boxes[i] = box;
      placed.add(box);
    }
    int cursorX = 0;
    int cursorY = top;
    for (int i = 0; i < panels.size(); i++) {
      Panel panel = panels.get(i);
      if (panel.gridPos() != null) {
        boxes[i] = boxes[i] == null ? new Box(0, top, 1, 1) : boxes[i];
        continue;
      }
      int w = panel.width() != null ? panel.width() : panel.type().defaultWidth();
      int h = panel.height() != null ? panel.height() : panel.type().defaultHeight();
      String at = path + "[" + i + "]";
      if (w < 1 || w > COLUMNS) {
        problems.add(new Problem(at + ".width", "width " + w + " of panel \"" + panel.title()
            + "\" does not fit the grid", "use 1 to 24 columns"));
        w = Math.max(1, Math.min(w, COLUMNS));
      }
      if (h < 1) {
        problems.add(new Problem(at + ".height", "height " + h + " of panel \""
            + panel.title() + "\" is not positive", "use 1 or more grid rows"));
        h = 1;
      }
      Box box = firstFree(placed, cursorX, cursorY, w, h);
      boxes[i] = box;
      placed.add(box);
      cursorX = box.x() + box.w();
      cursorY = box.y();
    }
    return List.of(boxes);
  }

  private static Box firstFree(List<Box> placed, int cursorX, int cursorY, int w, int h) {
    for (int y = cursorY; ; y++) {
      for (int x = y == cursorY ? cursorX : 0; x + w <= COLUMNS; x++) {
        Box candidate = new Box(x, y, w, h);
        if (placed.stream().noneMatch(candidate::overlaps)) {
          return candidate;
        }
      }
    }
  }

  private static int bottom(List<Box> boxes, int top) {
    int bottom = top;
    for (Box b : boxes) {
      bottom = Math.max(bottom, b.y() + b.h());
    }
    return bottom;
  }

  private static String local(Panel.GridPos g) {
    return "x=" + g.x() + " y=" + g.y() + " w=" + g.w() + " h=" + g.h();
  }
}

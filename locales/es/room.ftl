# room

projector-window-title = Plaza — Proyector · { $slide }

# room

projector-window-title = Plaza — Projector · { $slide }

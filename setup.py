"""Copy the top-level ``resources/`` folder into the package when building a wheel.

The source checkout keeps resources at the top level (design card); an installed wheel finds
them at ``editorberita/resources`` (see ``editorberita.core.paths.resources_dir``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    """Build the package and copy ``resources/`` into it."""

    def run(self) -> None:
        super().run()
        src = Path(__file__).parent / "resources"
        dest = Path(self.build_lib) / "editorberita" / "resources"
        if src.is_dir():
            shutil.copytree(src, dest, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("screenshots", "*.ts"))


setup(cmdclass={"build_py": BuildPyWithResources})

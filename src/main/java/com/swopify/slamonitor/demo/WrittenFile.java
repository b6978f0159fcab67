package com.swopify.slamonitor.demo;

import java.nio.file.Path;

/** A stream file the generator wrote, and how many lines (records) it holds. */
public record WrittenFile(HelpdeskStream stream, Path path, int lines) {}

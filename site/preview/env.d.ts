/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the preview server; absent on any other request (the route then answers 404). */
    preview?: import('@dk20000/shared').PreviewLocals;
  }
}

/**
 * Browser entry for the WPS double: run as an init script, before any script of the page, where
 * WPS's embedded browser puts its object model (`window.Application`, `wps.EtApplication()`).
 * `__wpsStyle` picks a build whose zero-argument members are methods instead of properties.
 */
import { installWpsDouble, WpsDouble } from '../doubles/wps-double';

const w = window as unknown as { __wpsStyle?: 'property' | 'method'; __wpsDouble?: WpsDouble };
w.__wpsDouble = installWpsDouble(new WpsDouble({ style: w.__wpsStyle })).double;

import { createElement, type SVGProps } from 'react';

import {
  Archive as ArchiveNode,
  ChartColumn as ChartColumnNode,
  BookOpen as BookOpenNode,
  Boxes as BoxesNode,
  Captions as CaptionsNode,
  Check as CheckNode,
  CircleCheck as CircleCheckNode,
  ChevronDown as ChevronDownNode,
  ChevronLeft as ChevronLeftNode,
  ChevronRight as ChevronRightNode,
  Circle as CircleNode,
  ClipboardCheck as ClipboardCheckNode,
  Clock as ClockNode,
  Compass as CompassNode,
  Copy as CopyNode,
  Download as DownloadNode,
  Eye as EyeNode,
  FastForward as FastForwardNode,
  FileText as FileTextNode,
  Flag as FlagNode,
  Globe as GlobeNode,
  GraduationCap as GraduationCapNode,
  GripVertical as GripVerticalNode,
  Headphones as HeadphonesNode,
  Heart as HeartNode,
  Hourglass as HourglassNode,
  Infinity as InfinityNode,
  Languages as LanguagesNode,
  LayoutDashboard as LayoutDashboardNode,
  LayoutGrid as LayoutGridNode,
  ListVideo as ListVideoNode,
  Lock as LockNode,
  LogOut as LogOutNode,
  MailX as MailXNode,
  Maximize as MaximizeNode,
  Menu as MenuNode,
  MessageSquare as MessageSquareNode,
  Moon as MoonNode,
  Pencil as PencilNode,
  CirclePlay as CirclePlayNode,
  Plus as PlusNode,
  Presentation as PresentationNode,
  Printer as PrinterNode,
  Receipt as ReceiptNode,
  Rewind as RewindNode,
  RotateCcw as RotateCcwNode,
  Scale as ScaleNode,
  ScrollText as ScrollTextNode,
  Search as SearchNode,
  SearchX as SearchXNode,
  Settings as SettingsNode,
  Shield as ShieldNode,
  ShieldAlert as ShieldAlertNode,
  ShieldCheck as ShieldCheckNode,
  ShoppingCart as ShoppingCartNode,
  Signal as SignalNode,
  Star as StarNode,
  Sun as SunNode,
  TicketPercent as TicketPercentNode,
  Trash2 as Trash2Node,
  TriangleAlert as TriangleAlertNode,
  Undo2 as Undo2Node,
  UserRound as UserRoundNode,
  Users as UsersNode,
  Wallet as WalletNode,
  X as XNode,
  type IconNode,
} from 'lucide';

type IconProps = SVGProps<SVGSVGElement>;

/**
 * Lucide's drawings as plain SVG. lucide-react's icons are client components, so each one a server
 * component drew cost a client reference and its props in the page's payload; these are ordinary
 * elements, drawn wherever they are used. Decorative unless given a label or a role.
 */
function icon(name: string, node: IconNode) {
  function Icon({ className, ...props }: IconProps) {
    const labelled = props['aria-label'] !== undefined || props.role !== undefined;
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={24}
        height={24}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden={labelled ? undefined : true}
        className={className}
        {...props}
      >
        {node.map(([tag, attrs], i) => createElement(tag, { key: i, ...attrs }))}
      </svg>
    );
  }
  Icon.displayName = name;
  return Icon;
}

// Named as lucide names them; add an icon here before using it.
export const Archive = /* @__PURE__ */ icon('Archive', ArchiveNode);
export const ChartColumn = /* @__PURE__ */ icon('ChartColumn', ChartColumnNode);
export const BookOpen = /* @__PURE__ */ icon('BookOpen', BookOpenNode);
export const Boxes = /* @__PURE__ */ icon('Boxes', BoxesNode);
export const Captions = /* @__PURE__ */ icon('Captions', CaptionsNode);
export const Check = /* @__PURE__ */ icon('Check', CheckNode);
export const CircleCheck = /* @__PURE__ */ icon('CircleCheck', CircleCheckNode);
export const ChevronDown = /* @__PURE__ */ icon('ChevronDown', ChevronDownNode);
export const ChevronLeft = /* @__PURE__ */ icon('ChevronLeft', ChevronLeftNode);
export const ChevronRight = /* @__PURE__ */ icon('ChevronRight', ChevronRightNode);
export const Circle = /* @__PURE__ */ icon('Circle', CircleNode);
export const ClipboardCheck = /* @__PURE__ */ icon('ClipboardCheck', ClipboardCheckNode);
export const Clock = /* @__PURE__ */ icon('Clock', ClockNode);
export const Compass = /* @__PURE__ */ icon('Compass', CompassNode);
export const Copy = /* @__PURE__ */ icon('Copy', CopyNode);
export const Download = /* @__PURE__ */ icon('Download', DownloadNode);
export const Eye = /* @__PURE__ */ icon('Eye', EyeNode);
export const FastForward = /* @__PURE__ */ icon('FastForward', FastForwardNode);
export const FileText = /* @__PURE__ */ icon('FileText', FileTextNode);
export const Flag = /* @__PURE__ */ icon('Flag', FlagNode);
export const Globe = /* @__PURE__ */ icon('Globe', GlobeNode);
export const GraduationCap = /* @__PURE__ */ icon('GraduationCap', GraduationCapNode);
export const GripVertical = /* @__PURE__ */ icon('GripVertical', GripVerticalNode);
export const Headphones = /* @__PURE__ */ icon('Headphones', HeadphonesNode);
export const Heart = /* @__PURE__ */ icon('Heart', HeartNode);
export const Hourglass = /* @__PURE__ */ icon('Hourglass', HourglassNode);
export const Infinity = /* @__PURE__ */ icon('Infinity', InfinityNode);
export const Languages = /* @__PURE__ */ icon('Languages', LanguagesNode);
export const LayoutDashboard = /* @__PURE__ */ icon('LayoutDashboard', LayoutDashboardNode);
export const LayoutGrid = /* @__PURE__ */ icon('LayoutGrid', LayoutGridNode);
export const ListVideo = /* @__PURE__ */ icon('ListVideo', ListVideoNode);
export const Lock = /* @__PURE__ */ icon('Lock', LockNode);
export const LogOut = /* @__PURE__ */ icon('LogOut', LogOutNode);
export const MailX = /* @__PURE__ */ icon('MailX', MailXNode);
export const Maximize = /* @__PURE__ */ icon('Maximize', MaximizeNode);
export const Menu = /* @__PURE__ */ icon('Menu', MenuNode);
export const MessageSquare = /* @__PURE__ */ icon('MessageSquare', MessageSquareNode);
export const Moon = /* @__PURE__ */ icon('Moon', MoonNode);
export const Pencil = /* @__PURE__ */ icon('Pencil', PencilNode);
export const CirclePlay = /* @__PURE__ */ icon('CirclePlay', CirclePlayNode);
export const Plus = /* @__PURE__ */ icon('Plus', PlusNode);
export const Presentation = /* @__PURE__ */ icon('Presentation', PresentationNode);
export const Printer = /* @__PURE__ */ icon('Printer', PrinterNode);
export const Receipt = /* @__PURE__ */ icon('Receipt', ReceiptNode);
export const Rewind = /* @__PURE__ */ icon('Rewind', RewindNode);
export const RotateCcw = /* @__PURE__ */ icon('RotateCcw', RotateCcwNode);
export const Scale = /* @__PURE__ */ icon('Scale', ScaleNode);
export const ScrollText = /* @__PURE__ */ icon('ScrollText', ScrollTextNode);
export const Search = /* @__PURE__ */ icon('Search', SearchNode);
export const SearchX = /* @__PURE__ */ icon('SearchX', SearchXNode);
export const Settings = /* @__PURE__ */ icon('Settings', SettingsNode);
export const Shield = /* @__PURE__ */ icon('Shield', ShieldNode);
export const ShieldAlert = /* @__PURE__ */ icon('ShieldAlert', ShieldAlertNode);
export const ShieldCheck = /* @__PURE__ */ icon('ShieldCheck', ShieldCheckNode);
export const ShoppingCart = /* @__PURE__ */ icon('ShoppingCart', ShoppingCartNode);
export const Signal = /* @__PURE__ */ icon('Signal', SignalNode);
export const Star = /* @__PURE__ */ icon('Star', StarNode);
export const Sun = /* @__PURE__ */ icon('Sun', SunNode);
export const TicketPercent = /* @__PURE__ */ icon('TicketPercent', TicketPercentNode);
export const Trash2 = /* @__PURE__ */ icon('Trash2', Trash2Node);
export const TriangleAlert = /* @__PURE__ */ icon('TriangleAlert', TriangleAlertNode);
export const Undo2 = /* @__PURE__ */ icon('Undo2', Undo2Node);
export const UserRound = /* @__PURE__ */ icon('UserRound', UserRoundNode);
export const Users = /* @__PURE__ */ icon('Users', UsersNode);
export const Wallet = /* @__PURE__ */ icon('Wallet', WalletNode);
export const X = /* @__PURE__ */ icon('X', XNode);
